package vn.ocop.portal.platform.boundary;

import java.io.Serializable;

/** Where a page of a long admin list is: the backing bean loads {@link #getFirst()}, {@link #getSize()} rows. */
public class Paging implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int size;
    private int index;
    private long total;

    public Paging(int size) {
        this.size = size;
    }

    /** The total changed (a new search, a new row): the page stays where it was if it still exists. */
    public void setTotal(long total) {
        this.total = total;
        index = Math.max(0, Math.min(index, getPages() - 1));
    }

    public void move(int pages) {
        index = Math.max(0, Math.min(index + pages, getPages() - 1));
    }

    public void restart() {
        index = 0;
    }

    public int getFirst() {
        return index * size;
    }

    public int getSize() {
        return size;
    }

    public long getTotal() {
        return total;
    }

    /** Counting from 1, as the page shows it. */
    public int getNumber() {
        return index + 1;
    }

    public int getPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean isFirstPage() {
        return index == 0;
    }

    public boolean isLastPage() {
        return index >= getPages() - 1;
    }
}
