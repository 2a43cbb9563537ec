/**
 * Who is asking: accounts, roles, password hashing, login and logout, invitations and resets by one-time mailed
 * links, password changes, the sign-in throttle, and the audit log of every write by the office and the commerce
 * department. It decides whether a caller is an ADMIN (the OCOP office), COMMERCE (the commerce department) or a
 * PRODUCER, and nothing about what each may then do: the boundaries of the other areas check that with
 * {@code @RolesAllowed}, and web.xml fences the URL patterns.
 */
package vn.ocop.portal.account;
