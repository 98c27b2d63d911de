package org.dydisnix.nix;

import java.util.Map;

/**
 * One scope of variables: either the slots of names bound by {@code let}, {@code rec} or a function
 * (the {@link Resolver} maps each variable to its scope and slot), or the attributes of a {@code
 * with}. Variables bound statically always win over {@code with} attributes.
 */
class Env {
    /** The enclosing scope (changed only for a scope of one lent by {@link Evaluator}). */
    Env parent;

    /** The slots, or null for a {@code with} scope or a scope of one variable. */
    final Thunk[] slots;

    /**
     * The variable of a scope of one (slot 0): its thunk, or its already forced value (never a
     * thunk) until a thunk of it is asked for; or the attributes of a {@code with}.
     */
    private Object single;

    private Env(Env parent, Thunk[] slots, Object single) {
        this.parent = parent;
        this.slots = slots;
        this.single = single;
    }

    /** The thunk in a slot (made once for a variable bound to a forced value). */
    final Thunk slot(int slot) {
        Thunk[] s = slots;
        if (s != null) {
            return s[slot];
        }
        Object v = single;
        if (v instanceof Thunk thunk) {
            return thunk;
        }
        Thunk made = Thunk.of(v);
        single = made;
        return made;
    }

    /** The forced value of a slot, without making a thunk for a variable bound to a value. */
    final Object value(Evaluator ev, int slot) {
        Thunk[] s = slots;
        if (s != null) {
            return s[slot].force(ev);
        }
        Object v = single;
        return v instanceof Thunk thunk ? thunk.force(ev) : v;
    }

    /** The attributes of a {@code with} scope, or null for a scope of variables. */
    final Thunk with() {
        return slots == null && !(this instanceof One) ? (Thunk) single : null;
    }

    /** A scope of one variable (a function's argument). */
    private static final class One extends Env {
        One(Env parent, Object value) {
            super(parent, null, value);
        }
    }

    /** A scope built from a map (the global scope), which knows the names of its slots. */
    static final class Named extends Env {
        final String[] names;

        private Named(Env parent, Thunk[] slots, String[] names) {
            super(parent, slots, null);
            this.names = names;
        }
    }

    /** A scope of the given number of slots, filled by the caller. */
    static Env of(Env parent, int size) {
        return new Env(parent, new Thunk[size], null);
    }

    /** A scope of one variable (a function's argument). */
    static Env of(Env parent, Thunk value) {
        return new One(parent, value);
    }

    /** Rebinds a lent scope of one: a new parent and a thunk or forced value (or null). */
    final void rebind(Env newParent, Object value) {
        parent = newParent;
        single = value;
    }

    /** A scope of one variable bound to its thunk or its already forced value. */
    static Env ofValue(Env parent, Object value) {
        return new One(parent, value);
    }

    /** A scope binding each name of the map, its slots in name order. */
    static Env of(Env parent, Map<String, Thunk> vars) {
        String[] names = vars.keySet().toArray(new String[0]);
        NameSort.sort(names);
        Thunk[] slots = new Thunk[names.length];
        for (int i = 0; i < names.length; i++) {
            slots[i] = vars.get(names[i]);
        }
        return new Named(parent, slots, names);
    }

    /** A scope binding the sorted, distinct names to the slots (both arrays kept). */
    static Env of(Env parent, String[] names, Thunk[] slots) {
        return new Named(parent, slots, names);
    }

    static Env with(Env parent, Thunk attrs) {
        return new Env(parent, null, attrs);
    }
}
