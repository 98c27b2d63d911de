package org.dydisnix.cli.options;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * The values of an enum option as users type them, in lower case, for help texts ({@code
 * ${COMPLETION-CANDIDATES}}) and shell completion; a subclass per enum names it.
 */
public abstract class LowerCaseCandidates<E extends Enum<E>> implements Iterable<String> {
    private final Class<E> type;

    protected LowerCaseCandidates(Class<E> type) {
        this.type = type;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(type.getEnumConstants())
                .map(value -> value.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .iterator();
    }

    /** The model languages. */
    public static final class InputFormats
            extends LowerCaseCandidates<org.dydisnix.model.InputFormat> {
        public InputFormats() {
            super(org.dydisnix.model.InputFormat.class);
        }
    }

    /** The languages a distribution is printed in. */
    public static final class DistributionFormats
            extends LowerCaseCandidates<org.dydisnix.model.DistributionWriter.Format> {
        public DistributionFormats() {
            super(org.dydisnix.model.DistributionWriter.Format.class);
        }
    }

    /** What a multi-process container does when a process fails for good. */
    public static final class FailurePolicies
            extends LowerCaseCandidates<org.dydisnix.image.FailurePolicy> {
        public FailurePolicies() {
            super(org.dydisnix.image.FailurePolicy.class);
        }
    }
}
