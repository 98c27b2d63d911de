package org.dydisnix.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the XML forms of the original Dynamic Disnix tools ({@code --xml}): {@code <services>},
 * {@code <infrastructure>} and {@code <distribution>} documents with typed {@code <property>}
 * values.
 */
public final class XmlModelSource implements ModelSource {

    /** An element of the document with its attributes, text, children and position. */
    private record Element(
            String name,
            Map<String, String> attributes,
            String text,
            List<Element> children,
            SourcePosition position) {

        String attribute(String key) {
            return attributes.get(key);
        }

        Element child(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).findFirst().orElse(null);
        }

        List<Element> children(String childName) {
            return children.stream().filter(c -> c.name.equals(childName)).toList();
        }

        String requiredName() {
            String value = attributes.get("name");
            if (value == null) {
                throw new ModelException(position, "<" + name + "> has no name attribute");
            }
            return value;
        }
    }

    /** Reads a services, infrastructure or distribution document, whichever the file holds. */
    public ModelNode read(Path file) {
        String kind = parse(file).name;
        return switch (kind) {
            case "infrastructure" -> infrastructure(file);
            case "distribution" -> distribution(file, null, "{}");
            default -> services(file, "{}");
        };
    }

    @Override
    public ModelNode services(Path file, String extraParams) {
        Element root = root(file, "services");
        Map<String, ModelNode> services = new LinkedHashMap<>();
        for (Element service : root.children("service")) {
            services.put(service.requiredName(), properties(service, service.children("property")));
        }
        return DataNode.ofAttrs(services, root.position);
    }

    @Override
    public ModelNode infrastructure(Path file) {
        Element root = root(file, "infrastructure");
        Map<String, ModelNode> targets = new LinkedHashMap<>();
        for (Element target : root.children("target")) {
            Map<String, ModelNode> attributes = new LinkedHashMap<>();
            Element properties = target.child("properties");
            if (properties != null) {
                attributes.put(
                        "properties", properties(properties, properties.children("property")));
            }
            Element containers = target.child("containers");
            if (containers != null) {
                Map<String, ModelNode> byName = new LinkedHashMap<>();
                for (Element container : containers.children("container")) {
                    byName.put(
                            container.requiredName(),
                            properties(container, container.children("property")));
                }
                attributes.put("containers", DataNode.ofAttrs(byName, containers.position));
            }
            for (String simple : List.of("system", "targetProperty", "clientInterface")) {
                Element element = target.child(simple);
                if (element != null && !element.text.isBlank()) {
                    attributes.put(
                            simple, DataNode.ofString(element.text.strip(), element.position));
                }
            }
            Element cores = target.child("numOfCores");
            if (cores != null && !cores.text.isBlank()) {
                attributes.put("numOfCores", DataNode.ofLong(number(cores), cores.position));
            }
            targets.put(target.requiredName(), DataNode.ofAttrs(attributes, target.position));
        }
        return DataNode.ofAttrs(targets, root.position);
    }

    @Override
    public ModelNode distribution(Path file, ModelNode infrastructure, String extraParams) {
        Element root = root(file, "distribution");
        Map<String, ModelNode> services = new LinkedHashMap<>();
        for (Element service : root.children("service")) {
            List<ModelNode> mappings = new ArrayList<>();
            for (Element mapping : service.children) {
                mappings.add(mapping(mapping));
            }
            services.put(service.requiredName(), DataNode.ofList(mappings, service.position));
        }
        return DataNode.ofAttrs(services, root.position);
    }

    /**
     * A plain data document in the original tools' generic form, as their ID resources, IDs and
     * docs models are written: an element whose children carry a {@code name} attribute is an
     * attribute set keyed by it, other elements with children are attribute sets keyed by element
     * name, and a leaf is an integer when its text is one, otherwise a string.
     */
    public ModelNode data(Path file) {
        return data(parse(file));
    }

    private static ModelNode data(Element element) {
        if (element.children.isEmpty()) {
            String text = element.text.strip();
            if (text.isEmpty()) {
                return DataNode.ofAttrs(Map.of(), element.position);
            }
            if (text.matches("-?[0-9]{1,18}")) {
                return DataNode.ofLong(Long.parseLong(text), element.position);
            }
            return DataNode.ofString(element.text, element.position);
        }
        Map<String, ModelNode> attributes = new LinkedHashMap<>();
        for (Element child : element.children) {
            String key = child.attribute("name") != null ? child.attribute("name") : child.name;
            attributes.put(key, data(child));
        }
        return DataNode.ofAttrs(attributes, element.position);
    }

    private static ModelNode mapping(Element mapping) {
        if (mapping.children.isEmpty()) {
            return DataNode.ofString(mapping.text.strip(), mapping.position);
        }
        Element target = mapping.child("target");
        if (target == null) {
            throw new ModelException(mapping.position, "<" + mapping.name + "> has no <target>");
        }
        Map<String, ModelNode> attributes = new LinkedHashMap<>();
        attributes.put("target", DataNode.ofString(target.text.strip(), target.position));
        Element container = mapping.child("container");
        if (container != null) {
            attributes.put(
                    "container", DataNode.ofString(container.text.strip(), container.position));
        }
        return DataNode.ofAttrs(attributes, mapping.position);
    }

    private static ModelNode properties(Element owner, List<Element> properties) {
        Map<String, ModelNode> attributes = new LinkedHashMap<>();
        for (Element property : properties) {
            attributes.put(property.requiredName(), value(property));
        }
        return DataNode.ofAttrs(attributes, owner.position);
    }

    private static ModelNode value(Element element) {
        String type = element.attribute("type");
        if (type == null) {
            if (element.children.isEmpty()) {
                return element.text.isBlank() && "property".equals(element.name)
                        ? DataNode.ofList(List.of(), element.position)
                        : DataNode.ofString(element.text, element.position);
            }
            if (!element.children("property").isEmpty()) {
                type = "attrs";
            } else {
                type = "list";
            }
        }
        return switch (type) {
            case "string", "path" -> DataNode.ofString(element.text, element.position);
            case "int" -> DataNode.ofLong(number(element), element.position);
            case "float" -> {
                try {
                    yield DataNode.ofDouble(
                            Double.parseDouble(element.text.strip()), element.position);
                } catch (NumberFormatException e) {
                    throw new ModelException(
                            element.position, "'" + element.text.strip() + "' is not a number");
                }
            }
            case "bool" ->
                    DataNode.ofBoolean(
                            Boolean.parseBoolean(element.text.strip()), element.position);
            case "null" -> DataNode.ofNull(element.position);
            case "list" ->
                    DataNode.ofList(
                            element.children.stream().map(XmlModelSource::value).toList(),
                            element.position);
            case "attrs" -> properties(element, element.children("property"));
            default ->
                    throw new ModelException(element.position, "unknown value type '" + type + "'");
        };
    }

    private static long number(Element element) {
        try {
            return Long.parseLong(element.text.strip());
        } catch (NumberFormatException e) {
            throw new ModelException(
                    element.position, "'" + element.text.strip() + "' is not an integer");
        }
    }

    private static Element root(Path file, String expected) {
        Element root = parse(file);
        if (!root.name.equals(expected)) {
            throw new ModelException(
                    root.position,
                    "expected a <" + expected + "> document, found <" + root.name + ">");
        }
        return root;
    }

    private static Element parse(Path file) {
        String name = ModelInputs.shownName(file, file.toString());
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!reader.isStartElement()) {
                throw new ModelException(SourcePosition.ofFile(name), "no XML element found");
            }
            return element(reader, name);
        } catch (XMLStreamException e) {
            javax.xml.stream.Location location = e.getLocation();
            SourcePosition at =
                    location == null
                            ? SourcePosition.ofFile(name)
                            : new SourcePosition(
                                    name, location.getLineNumber(), location.getColumnNumber());
            String message = e.getMessage();
            int detail = message.indexOf("Message: ");
            throw new ModelException(at, detail >= 0 ? message.substring(detail + 9) : message);
        } catch (NoSuchFileException e) {
            throw new ModelException(null, name + ": no such file");
        } catch (IOException e) {
            throw new ModelException(SourcePosition.ofFile(name), e.getMessage());
        }
    }

    private static Element element(XMLStreamReader reader, String file) throws XMLStreamException {
        SourcePosition position =
                new SourcePosition(
                        file,
                        reader.getLocation().getLineNumber(),
                        reader.getLocation().getColumnNumber());
        String name = reader.getLocalName();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        StringBuilder text = new StringBuilder();
        List<Element> children = new ArrayList<>();
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> children.add(element(reader, file));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA ->
                        text.append(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new Element(
                            name,
                            attributes,
                            children.isEmpty() ? text.toString() : text.toString().strip(),
                            children,
                            position);
                }
                default -> {}
            }
        }
        throw new ModelException(position, "<" + name + "> is not closed");
    }
}
