package org.dydisnix.cli.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dydisnix.cli.draw.Renderer;
import org.dydisnix.cli.draw.Renderer.PictureFormat;
import org.dydisnix.cli.draw.ServiceBatch;
import org.dydisnix.cli.draw.ServiceDiagram;
import org.dydisnix.cli.draw.UrlPaths;
import org.dydisnix.model.ModelNode;
import org.dydisnix.model.Service;
import org.dydisnix.model.ServiceGroups;
import org.dydisnix.model.ServicesModel;

/**
 * A browsable HTML catalogue of a services model: an {@code index.html} per group directory ({@code
 * a/b/index.html}, the top level at the root), each with the group's diagram, whose nodes link to
 * the services' entries and to sub-group pages, a table of the group's services and its sub-groups,
 * and a breadcrumb. Pages need no server and no external assets.
 */
public final class Catalogue {
    private final ServicesModel model;
    private final DocsModel docs;
    private final PictureFormat format;
    private final SortedSet<String> groups;

    /**
     * @param format the diagram's picture format; SVG is inlined so that its nodes are links
     */
    public Catalogue(ServicesModel model, DocsModel docs, PictureFormat format) {
        this.model = model;
        this.docs = docs;
        this.format = format;
        this.groups = allGroups(model);
    }

    /** Every group with a page: the top level, each named group and every group above one. */
    public SortedSet<String> groups() {
        return groups;
    }

    /** The files of the catalogue, by path relative to its root, in sorted order. */
    public SortedMap<String, byte[]> files() throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (String group : groups) {
            String directory = group.isEmpty() ? "" : group + "/";
            String dot = diagram(group, true).toDot();
            files.put(directory + "diagram.dot", dot.getBytes(StandardCharsets.UTF_8));
            byte[] picture = Renderer.render(dot, format);
            files.put(directory + "diagram." + extension(), picture);
            files.put(
                    directory + "index.html",
                    page(group, picture).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    /** One group's page; the diagram's picture is shown when given (SVG inlined), else left out. */
    public String page(String group, byte[] picture) {
        StringBuilder html = new StringBuilder();
        String title = docs.titleOf(group);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append(
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(
                        Html.escape(
                                group.isEmpty() ? title : title + " \u2014 " + docs.titleOf("")))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        breadcrumb(html, group);
        html.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        if (!group.isEmpty()) {
            html.append("<p class=\"path\">Group <code>")
                    .append(Html.escape(group))
                    .append("</code></p>\n");
        }
        if (picture != null) {
            diagram(html, picture);
        }
        servicesTable(html, group);
        groupsTable(html, group);
        return html.append("</body>\n</html>\n").toString();
    }

    /** The DOT diagram of a group with a link on every node. */
    public org.dydisnix.graph.dot.DotGraph diagram(String group, boolean collapse) {
        ServicesModel selected = ServiceGroups.inGroupWithContext(model, group);
        if (!collapse) {
            return ServiceDiagram.of(selected, java.util.Set.of(), key -> serviceLink(group, key));
        }
        ServiceGroups.Collapsed collapsed = ServiceGroups.collapseSubgroups(selected, group);
        Map<String, String> groupPaths = groupNodePaths(selected, group);
        return ServiceDiagram.of(
                collapsed.model(),
                collapsed.groupNodes(),
                key ->
                        collapsed.groupNodes().contains(key)
                                ? relative(group, groupPaths.get(key)) + "index.html"
                                : serviceLink(group, key));
    }

    /** The file name extension of the diagram pictures. */
    public String extension() {
        return format.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void breadcrumb(StringBuilder html, String group) {
        html.append("<nav class=\"breadcrumb\" aria-label=\"Breadcrumb\">");
        List<String> tokens = tokens(group);
        for (int i = 0; i <= tokens.size(); i++) {
            String path = String.join("/", tokens.subList(0, i));
            if (i > 0) {
                html.append(" / ");
            }
            String title = Html.escape(docs.titleOf(path));
            if (i == tokens.size()) {
                html.append("<span aria-current=\"page\">").append(title).append("</span>");
            } else {
                html.append("<a href=\"")
                        .append(relative(group, path))
                        .append("index.html\">")
                        .append(title)
                        .append("</a>");
            }
        }
        html.append("</nav>\n");
    }

    private void diagram(StringBuilder html, byte[] picture) {
        html.append("<figure class=\"diagram\">\n");
        if (format == PictureFormat.SVG) {
            String svg = new String(picture, StandardCharsets.UTF_8);
            int start = svg.indexOf("<svg");
            html.append(start < 0 ? svg : svg.substring(start).strip()).append('\n');
        } else if (format == PictureFormat.PNG) {
            html.append("<img src=\"diagram.png\" alt=\"Diagram of the services\">\n");
        }
        html.append("<figcaption>Diagram: <a href=\"diagram.")
                .append(extension())
                .append("\">")
                .append(extension().toUpperCase(java.util.Locale.ROOT))
                .append("</a> \u00b7 <a href=\"diagram.dot\">DOT</a></figcaption>\n</figure>\n");
    }

    private void servicesTable(StringBuilder html, String group) {
        List<Service> members =
                model.services().values().stream()
                        .filter(service -> service.group().equals(group))
                        .toList();
        if (members.isEmpty()) {
            return;
        }
        html.append("<h2>Services</h2>\n<div class=\"table\"><table>\n<thead><tr><th>Name</th>");
        for (String field : docs.fields()) {
            html.append("<th>").append(Html.escape(docs.headingOf(field))).append("</th>");
        }
        html.append("<th>Uses</th></tr></thead>\n<tbody>\n");
        for (Service service : members) {
            String id = Html.serviceId(service.key());
            html.append("<tr id=\"")
                    .append(id)
                    .append("\"><td><a href=\"#")
                    .append(id)
                    .append("\">")
                    .append(Html.escape(service.key()))
                    .append("</a></td>");
            for (String field : docs.fields()) {
                html.append("<td>").append(Html.escape(field(service, field))).append("</td>");
            }
            html.append("<td>");
            String separator = "";
            for (String dependency : service.dependencies()) {
                html.append(separator);
                String link = serviceLink(group, dependency);
                if (link == null) {
                    html.append(Html.escape(dependency));
                } else {
                    html.append("<a href=\"")
                            .append(link)
                            .append("\">")
                            .append(Html.escape(dependency))
                            .append("</a>");
                }
                separator = ", ";
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
    }

    private void groupsTable(StringBuilder html, String group) {
        List<String> children =
                groups.stream()
                        .filter(
                                candidate ->
                                        !candidate.isEmpty() && parent(candidate).equals(group))
                        .toList();
        if (children.isEmpty()) {
            return;
        }
        html.append("<h2>Groups</h2>\n<div class=\"table\"><table>\n")
                .append("<thead><tr><th>Name</th><th>Description</th><th>Services</th></tr>")
                .append("</thead>\n<tbody>\n");
        for (String child : children) {
            String name = child.substring(child.lastIndexOf('/') + 1);
            long count =
                    model.services().values().stream()
                            .filter(service -> ServiceGroups.isInGroup(service, child))
                            .count();
            html.append("<tr><td><a href=\"")
                    .append(relative(group, child))
                    .append("index.html\">")
                    .append(Html.escape(name))
                    .append("</a></td><td>")
                    .append(Html.escape(docs.groups().getOrDefault(child, "")))
                    .append("</td><td>")
                    .append(count)
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
    }

    /** The link from a group's page to a service's entry, or null for an unknown service. */
    private String serviceLink(String fromGroup, String key) {
        Service service = model.services().get(key);
        if (service == null) {
            return null;
        }
        String anchor = "#" + Html.serviceId(key);
        if (service.group().equals(fromGroup)) {
            return anchor;
        }
        return relative(fromGroup, service.group()) + "index.html" + anchor;
    }

    /** The full group path of each collapsed group node of a group's diagram. */
    private static Map<String, String> groupNodePaths(ServicesModel selected, String group) {
        List<String> groupTokens = tokens(group);
        Map<String, String> paths = new TreeMap<>();
        for (Service service : selected.services().values()) {
            List<String> tokens = tokens(service.group());
            for (int i = 0; i < tokens.size(); i++) {
                if (i >= groupTokens.size() || !tokens.get(i).equals(groupTokens.get(i))) {
                    paths.putIfAbsent(tokens.get(i), String.join("/", tokens.subList(0, i + 1)));
                    break;
                }
            }
        }
        return paths;
    }

    /** The relative URL of a group's directory (ending in / unless empty) from another's. */
    static String relative(String fromGroup, String toGroup) {
        List<String> from = tokens(fromGroup);
        List<String> to = tokens(toGroup);
        int common = 0;
        while (common < from.size()
                && common < to.size()
                && from.get(common).equals(to.get(common))) {
            common++;
        }
        StringBuilder url = new StringBuilder("../".repeat(from.size() - common));
        for (String token : to.subList(common, to.size())) {
            url.append(UrlPaths.segment(token)).append('/');
        }
        return url.toString();
    }

    private static String field(Service service, String field) {
        return switch (field) {
            case "name" -> service.name();
            case "type" -> nullToEmpty(service.type());
            case "description" -> nullToEmpty(service.description());
            case "group" -> service.group();
            case "providesContainer" -> nullToEmpty(service.providesContainer());
            case "providesContainers" -> String.join(", ", service.providesContainers());
            case "dependsOn" -> String.join(", ", service.dependsOn());
            case "connectsTo" -> String.join(", ", service.connectsTo());
            default -> {
                ModelNode node = service.properties().get(field);
                yield node == null ? "" : plain(node.toPlain());
            }
        };
    }

    private static String plain(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(Catalogue::plain).toList());
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{ ");
            map.forEach((k, v) -> out.append(k).append(" = ").append(plain(v)).append("; "));
            return out.append('}').toString();
        }
        return value.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static SortedSet<String> allGroups(ServicesModel model) {
        SortedSet<String> groups = new TreeSet<>();
        groups.add("");
        ServiceBatch.checkGroupNames(model);
        for (Service service : model.services().values()) {
            List<String> tokens = tokens(service.group());
            for (int i = 1; i <= tokens.size(); i++) {
                groups.add(String.join("/", tokens.subList(0, i)));
            }
        }
        return groups;
    }

    private static String parent(String group) {
        int slash = group.lastIndexOf('/');
        return slash < 0 ? "" : group.substring(0, slash);
    }

    private static List<String> tokens(String group) {
        return group.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(group.split("/", -1)));
    }

    private static final String STYLE =
            """
            body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60em; padding: 0.5em 1em; line-height: 1.4; color: #1a1a1a; }
            nav.breadcrumb { font-size: 0.95em; margin: 0.5em 0; }
            h1 { font-size: 1.6em; margin: 0.3em 0; }
            p.path { color: #555; margin-top: 0; }
            figure.diagram { margin: 1em 0; }
            figure.diagram svg, figure.diagram img { max-width: 100%; height: auto; }
            figcaption { font-size: 0.9em; color: #555; }
            div.table { overflow-x: auto; }
            table { border-collapse: collapse; min-width: 100%; }
            th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
            th { background: #f0f0f0; }
            tr:target { background: #fff3b0; }
            a { color: #0645ad; }
            """;
}
