package org.dydisnix.nix;

import java.util.Map;

/**
 * One scope of variables: either names bound by {@code let}, {@code rec} or a function, or the
 * attributes of a {@code with}. Variables bound statically always win over {@code with} attributes.
 */
final class Env {
    final Env parent;
    final Map<String, Thunk> vars;
    final Thunk with;

    private Env(Env parent, Map<String, Thunk> vars, Thunk with) {
        this.parent = parent;
        this.vars = vars;
        this.with = with;
    }

    static Env of(Env parent, Map<String, Thunk> vars) {
        return new Env(parent, vars, null);
    }

    static Env with(Env parent, Thunk attrs) {
        return new Env(parent, null, attrs);
    }
}
