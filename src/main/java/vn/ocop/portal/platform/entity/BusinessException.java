package vn.ocop.portal.platform.entity;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain refused what was asked. The message is a bundle key or a sentence a clerk understands; pages
 * show it and the API returns it as the reason. It rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BusinessException(String message) {
        super(message);
    }
}
