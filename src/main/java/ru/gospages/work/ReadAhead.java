package ru.gospages.work;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over what {@link #read()} returns until it returns null: the records of a work file
 * or of a registry block, or the rows a filter lets through. One record is read ahead, when
 * {@link #hasNext()} asks for it.
 */
public abstract class ReadAhead<T> implements Iterator<T> {

    private T next;
    private boolean readAhead;

    /** The next record, or null at the end. */
    protected abstract T read();

    @Override
    public boolean hasNext() {
        if (!readAhead) {
            next = read();
            readAhead = true;
        }
        return next != null;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        readAhead = false;
        return next;
    }
}
