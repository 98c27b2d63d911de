package org.dydisnix.model.ids;

import org.dydisnix.model.SourcePosition;

/**
 * A pool of numeric IDs: the values {@code min}, {@code min + step}, ... up to {@code max}, unique
 * among all services ({@link Scope#GLOBAL}) or among the services of one machine ({@link
 * Scope#MACHINE}).
 *
 * @param name the resource's name, e.g. {@code ports}
 * @param position where the resource is defined
 */
public record IdResource(
        String name, long min, long max, long step, Scope scope, SourcePosition position) {

    /** Among which services an ID must be unique. */
    public enum Scope {
        GLOBAL,
        MACHINE
    }

    public IdResource {
        if (step <= 0) {
            throw new IllegalArgumentException("step must be positive");
        }
        if (min > max) {
            throw new IllegalArgumentException("min must not exceed max");
        }
    }

    /** How many IDs the pool holds. */
    public long capacity() {
        return (max - min) / step + 1;
    }

    /** Whether the ID is one of the pool's values. */
    public boolean contains(long id) {
        return id >= min && id <= max && Math.floorMod(id - min, step) == 0;
    }

    /**
     * The first pool value after {@code last}, wrapping to {@code min} past the end; {@code min}
     * when there is no previous value or it lies before the pool.
     */
    public long after(Long last) {
        if (last == null || last < min || last >= max) {
            return min;
        }
        long next = min + ((last - min) / step + 1) * step;
        return next > max ? min : next;
    }
}
