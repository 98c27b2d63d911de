package org.dydisnix.model;

/** Typed models of model values that were computed rather than read from a file. */
public final class Models {

    private Models() {}

    /** The services model of a services attribute set. */
    public static ServicesModel services(ModelNode root) {
        return ServicesBuilder.build(root);
    }

    /** The infrastructure model of an infrastructure attribute set. */
    public static Infrastructure infrastructure(ModelNode root) {
        return InfrastructureBuilder.build(root);
    }

    /**
     * The distribution of a distribution attribute set whose targets are infrastructure keys,
     * {@code { target = key; container = name; }} sets, or values of {@code infrastructureNode}.
     */
    public static Distribution distribution(ModelNode root, ModelNode infrastructureNode) {
        Infrastructure infrastructure =
                infrastructureNode == null ? null : InfrastructureBuilder.build(infrastructureNode);
        return DistributionBuilder.build(root, infrastructure, infrastructureNode);
    }
}
