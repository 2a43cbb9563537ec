package vn.ocop.portal.news.entity;

import vn.ocop.portal.platform.entity.BusinessException;

/**
 * A write the news rules refuse. {@link #key()} names the bundle text pages show (news.error.*); the message is the
 * English reason the API returns.
 */
public class NewsRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public NewsRefused(String key, String reason) {
        super(reason);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
