package org.dydisnix.nix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dydisnix.model.ModelException;
import org.dydisnix.model.SourcePosition;

/**
 * A syntax or evaluation error of a Nix expression, positioned like Nix's own errors, with a trace
 * of the enclosing evaluation frames that can be shown separately from the first line.
 */
public final class NixError extends ModelException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_TRACE = 30;

    /** What went wrong, the way Nix classifies its errors. */
    public enum Kind {
        SYNTAX,
        UNDEFINED_VARIABLE,
        DUPLICATE_ATTRIBUTE,
        TYPE,
        MISSING_ATTRIBUTE,
        INFINITE_RECURSION,
        ASSERTION,
        THROWN,
        ABORT,
        FUNCTION_ARGUMENT,
        DIVISION_BY_ZERO,
        IO,
        NOT_BUILDABLE,
        EVAL
    }

    private final Kind kind;
    private boolean catchable;
    private final transient List<String> trace = new ArrayList<>();

    NixError(Kind kind, SourcePosition position, String problem) {
        super(position, problem);
        this.kind = kind;
    }

    static NixError syntax(SourcePosition position, String problem) {
        return new NixError(Kind.SYNTAX, position, problem);
    }

    static NixError type(SourcePosition position, String problem) {
        return new NixError(Kind.TYPE, position, problem);
    }

    static NixError of(Kind kind, SourcePosition position, String problem) {
        return new NixError(kind, position, problem);
    }

    /** Marks an error that {@code builtins.tryEval} catches besides throw and assert. */
    NixError catchable() {
        catchable = true;
        return this;
    }

    /** Whether {@code builtins.tryEval} catches this error. */
    boolean isCatchable() {
        return catchable || kind == Kind.THROWN || kind == Kind.ASSERTION;
    }

    /** The kind of error. */
    public Kind kind() {
        return kind;
    }

    /**
     * The enclosing frames, innermost first, e.g. {@code file:3:5: while evaluating the attribute
     * 'x'}.
     */
    public List<String> trace() {
        return Collections.unmodifiableList(trace);
    }

    NixError addTrace(SourcePosition at, String frame) {
        if (trace.size() < MAX_TRACE) {
            trace.add(at == null ? frame : at + ": " + frame);
        }
        return this;
    }

    /** The error as Nix prints it: {@code file:line:col: error: message}. */
    public String firstLine() {
        return position() == null ? "error: " + problem() : position() + ": error: " + problem();
    }

    /** The first line followed by the trace, one frame a line, as with {@code --show-trace}. */
    public String report() {
        StringBuilder text = new StringBuilder(firstLine());
        for (String frame : trace) {
            text.append("\n  ").append(frame);
        }
        return text.toString();
    }
}
