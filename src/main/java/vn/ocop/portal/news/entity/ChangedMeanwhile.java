package vn.ocop.portal.news.entity;


/** The announcement was saved by someone else since the editor opened it: a 409, and the editor reloads. */
public class ChangedMeanwhile extends NewsRefused {

    private static final long serialVersionUID = 1L;

    public ChangedMeanwhile(String by) {
        super("news.error.changedMeanwhile", "The announcement was changed by " + by + " meanwhile; reload it and edit again.");
    }
}
