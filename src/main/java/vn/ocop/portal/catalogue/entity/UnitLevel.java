package vn.ocop.portal.catalogue.entity;

/** Levels of local government. Districts were abolished on 1 July 2025, but certificates issued before keep them. */
public enum UnitLevel {
    PROVINCE, DISTRICT, COMMUNE
}
