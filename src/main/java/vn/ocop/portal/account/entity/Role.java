package vn.ocop.portal.account.entity;

/** The roles of signed-in users. Anonymous visitors have none. */
public enum Role {
    /** The OCOP office: certificates, logo use and accounts. */
    ADMIN,
    /** The commerce department: fairs and sales points; reads certificates. */
    COMMERCE,
    /** One producer's own data. */
    PRODUCER
}
