package vn.ocop.portal.platform.entity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * Someone else changed what an edit started from: the edit is refused rather than written over theirs (no lost
 * update). Pages say "changed by someone else since you opened it; reload"; the API answers 409.
 */
public class ChangedMeanwhile extends Refused {

    private static final long serialVersionUID = 1L;

    public ChangedMeanwhile(String what) {
        super("admin.changedMeanwhile", what);
    }

    /** Refuses an edit made from an older version than the one stored. */
    public static void unlessVersion(String what, int opened, int stored) {
        if (opened != stored) {
            throw new ChangedMeanwhile(what);
        }
    }

    /**
     * Writes the edit now, inside the caller's transaction, so that a concurrent edit that committed between our read
     * and our write (same version, checked by the database) becomes this refusal instead of a failed commit.
     */
    public static void flush(EntityManager em, String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ChangedMeanwhile(what);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                throw new ChangedMeanwhile(what);
            }
            throw e;
        }
    }
}
