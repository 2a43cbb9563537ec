/**
 * What every area stands on: configuration, the clock, the datasource and its migrations, security wiring,
 * errors, languages. It holds no domain rules; an area that needs one of these injects it.
 */
package vn.ocop.portal.platform;
