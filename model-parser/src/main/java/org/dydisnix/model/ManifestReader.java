package org.dydisnix.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads the distribution of the last deployment from a Disnix manifest (the file a coordinator
 * profile points to): each service mapping names a service by its hash; the service's {@code name}
 * is the key of the distribution. A mapping keeps its container only when some container differs
 * from the service's type, as the original tool prints it.
 */
public final class ManifestReader {

    private ManifestReader() {}

    /** The distribution recorded in the manifest. */
    public static Distribution previousDistribution(Path manifest) {
        String display = manifest.toString();
        if (Files.isDirectory(manifest)) {
            throw new ModelException(
                    SourcePosition.ofFile(display),
                    "is a directory, not a Disnix manifest (give the coordinator profile's file)");
        }
        Element root = parse(manifest, display).getDocumentElement();
        if (!root.getTagName().equals("manifest")) {
            throw new ModelException(
                    SourcePosition.ofFile(display),
                    "not a Disnix manifest: the root element is <" + root.getTagName() + ">");
        }
        String version = root.getAttribute("version");
        if (!version.isEmpty() && !version.equals("2")) {
            throw new ModelException(
                    SourcePosition.ofFile(display),
                    "manifest version " + version + " is not supported (version 2 is)");
        }
        Map<String, String[]> services = new HashMap<>();
        for (Element service : children(child(root, "services"), "service")) {
            services.put(
                    service.getAttribute("name"),
                    new String[] {text(child(service, "name")), text(child(service, "type"))});
        }
        SortedMap<String, List<Mapping>> mappings = new TreeMap<>();
        Map<String, Set<Mapping>> collected = new TreeMap<>();
        boolean automapped = true;
        for (Element mapping : children(child(root, "serviceMappings"), "mapping")) {
            String hash = text(child(mapping, "service"));
            String[] service = services.get(hash);
            if (service == null) {
                throw new ModelException(
                        SourcePosition.ofFile(display),
                        "a service mapping names service '"
                                + hash
                                + "', which is not among the manifest's services");
            }
            String target = text(child(mapping, "target"));
            String container = text(child(mapping, "container"));
            if (target.isEmpty()) {
                throw new ModelException(
                        SourcePosition.ofFile(display),
                        "a service mapping of '" + service[0] + "' has no target");
            }
            if (!container.isEmpty() && !container.equals(service[1])) {
                automapped = false;
            }
            collected
                    .computeIfAbsent(service[0], k -> new LinkedHashSet<>())
                    .add(new Mapping(target, container.isEmpty() ? null : container));
        }
        for (Map.Entry<String, Set<Mapping>> entry : collected.entrySet()) {
            List<Mapping> list = new ArrayList<>();
            for (Mapping mapping : entry.getValue()) {
                list.add(automapped ? Mapping.to(mapping.target()) : mapping);
            }
            mappings.put(entry.getKey(), List.copyOf(new LinkedHashSet<>(list)));
        }
        return Distribution.of(mappings);
    }

    private static Document parse(Path manifest, String display) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            try (var in = Files.newInputStream(manifest)) {
                return builder.parse(in);
            }
        } catch (SAXException e) {
            throw new ModelException(
                    SourcePosition.ofFile(display), "not a Disnix manifest: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                result.add(element);
            }
        }
        return result;
    }

    private static String text(Element element) {
        return element == null ? "" : element.getTextContent().trim();
    }
}
