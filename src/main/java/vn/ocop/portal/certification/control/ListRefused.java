package vn.ocop.portal.certification.control;

import vn.ocop.portal.platform.entity.BusinessException;

/** The file is not a certified-product list at all; nothing of it is written. */
public class ListRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ListRefused(String reason) {
        super(reason);
    }
}
