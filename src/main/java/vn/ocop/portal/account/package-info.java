/**
 * Who is asking: accounts, roles, password hashing, login and logout. It decides whether a caller is an ADMIN (the
 * OCOP office), COMMERCE (the commerce department) or a PRODUCER, and nothing about what each may then do: the
 * boundaries of the other areas check that.
 */
package vn.ocop.portal.account;
