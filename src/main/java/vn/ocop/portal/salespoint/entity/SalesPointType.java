package vn.ocop.portal.salespoint.entity;

/** The kinds of OCOP sales point the Ministry of Industry and Trade's criteria name (920/QĐ-BCT, 950/QĐ-BCT). */
public enum SalesPointType {
    OCOP_CENTRE, SHOWROOM_OR_SHOP, TOURIST_SITE, BUS_STATION, AIRPORT, POST_OFFICE, ONLINE_SHOP
}
