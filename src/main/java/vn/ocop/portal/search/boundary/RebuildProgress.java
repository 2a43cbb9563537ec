package vn.ocop.portal.search.boundary;

import java.time.Instant;

/** Where a rebuild of the index stands, for the admin page and API. Immutable: each step publishes a new one. */
public final class RebuildProgress {

    public enum State {
        IDLE, RUNNING, DONE, FAILED
    }

    private final State state;
    private final long done;
    private final long total;
    private final Instant startedAt;
    private final Instant finishedAt;
    private final String error;

    private RebuildProgress(State state, long done, long total, Instant startedAt, Instant finishedAt, String error) {
        this.state = state;
        this.done = done;
        this.total = total;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.error = error;
    }

    static RebuildProgress idle() {
        return new RebuildProgress(State.IDLE, 0, 0, null, null, null);
    }

    static RebuildProgress started(long total) {
        return new RebuildProgress(State.RUNNING, 0, total, Instant.now(), null, null);
    }

    RebuildProgress advancedTo(long done) {
        return new RebuildProgress(State.RUNNING, done, Math.max(total, done), startedAt, null, null);
    }

    RebuildProgress finished() {
        return new RebuildProgress(State.DONE, done, done, startedAt, Instant.now(), null);
    }

    RebuildProgress failed(String reason) {
        return new RebuildProgress(State.FAILED, done, total, startedAt, Instant.now(), reason);
    }

    public State getState() {
        return state;
    }

    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public long getDone() {
        return done;
    }

    public long getTotal() {
        return total;
    }

    /** 0 to 100. */
    public int getPercent() {
        return total == 0 ? (state == State.DONE ? 100 : 0) : (int) Math.min(100, done * 100 / total);
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getError() {
        return error;
    }
}
