package org.dydisnix.nix;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.dydisnix.model.SourcePosition;

/**
 * Reads JSON text into Nix values, as {@code builtins.fromJSON} does: streamed token by token
 * straight into the values (no intermediate tree), with object keys shared by Jackson's symbol
 * table and each repeated scalar (booleans, null, numbers, short strings) shared as one attribute.
 */
final class JsonReader {
    /** Jackson's limits, but strings as long as Java's (Nix has no limit). */
    private static final JsonFactory FACTORY =
            JsonFactory.builder()
                    .streamReadConstraints(
                            StreamReadConstraints.builder()
                                    .maxStringLength(Integer.MAX_VALUE)
                                    .build())
                    .build();

    /** Scalars repeat a lot in real documents: a direct-mapped cache of their attributes. */
    private static final int CACHE_SLOTS = 1 << 13;

    /** Strings up to this length are looked up in the cache. */
    private static final int SHORT_STRING = 48;

    private final JsonParser parser;
    private final Attr[] cache = new Attr[CACHE_SLOTS];
    private final List<List<Thunk>> itemBuffers = new ArrayList<>();

    private JsonReader(JsonParser parser) {
        this.parser = parser;
    }

    static Object read(String text, SourcePosition at) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw NixError.of(NixError.Kind.EVAL, at, "JSON document is empty");
            }
            Object value = new JsonReader(parser).value(first, 0);
            if (parser.nextToken() != null) {
                throw NixError.of(
                        NixError.Kind.EVAL,
                        at,
                        "cannot parse JSON: unexpected content after the document at "
                                + where(parser));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw NixError.of(
                    NixError.Kind.EVAL, at, "cannot parse JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String where(JsonParser parser) {
        var location = parser.currentLocation();
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private Object value(JsonToken token, int depth) throws IOException {
        return switch (token) {
            case START_OBJECT -> object(depth);
            case START_ARRAY -> array(depth);
            default -> scalar(token).value().force(null);
        };
    }

    private Attr attr(JsonToken token, int depth) throws IOException {
        return switch (token) {
            case START_OBJECT -> new Attr(Thunk.of(object(depth)), null);
            case START_ARRAY -> new Attr(Thunk.of(array(depth)), null);
            default -> scalar(token);
        };
    }

    private NixAttrs object(int depth) throws IOException {
        TreeMap<String, Attr> attrs = new TreeMap<>();
        for (JsonToken token = parser.nextToken();
                token != JsonToken.END_OBJECT;
                token = parser.nextToken()) {
            String name = parser.currentName();
            attrs.put(name, attr(parser.nextToken(), depth + 1));
        }
        return new NixAttrs(attrs, null);
    }

    private NixList array(int depth) throws IOException {
        // one buffer per depth, reused by every array at that depth
        while (itemBuffers.size() <= depth) {
            itemBuffers.add(new ArrayList<>());
        }
        List<Thunk> items = itemBuffers.get(depth);
        int start = items.size();
        for (JsonToken token = parser.nextToken();
                token != JsonToken.END_ARRAY;
                token = parser.nextToken()) {
            items.add(attr(token, depth + 1).value());
        }
        List<Thunk> copy = List.copyOf(items.subList(start, items.size()));
        items.subList(start, items.size()).clear();
        return Builtins.list(copy);
    }

    /** The (shared, when it was seen recently) attribute of a scalar value. */
    private Attr scalar(JsonToken token) throws IOException {
        Object value =
                switch (token) {
                    case VALUE_STRING -> parser.getText();
                    case VALUE_NUMBER_INT -> integer();
                    case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
                    case VALUE_TRUE -> Boolean.TRUE;
                    case VALUE_FALSE -> Boolean.FALSE;
                    case VALUE_NULL -> NixNull.NULL;
                    default ->
                            throw new JsonProcessingException(
                                    "unexpected " + token + " at " + where(parser)) {};
                };
        if (value instanceof String text && text.length() > SHORT_STRING) {
            return new Attr(Thunk.of(NixString.of(text)), null);
        }
        int slot = (value.hashCode() * 0x9E3779B9 >>> 19) & (CACHE_SLOTS - 1);
        Attr cached = cache[slot];
        if (cached != null && Objects.equals(key(cached), value)) {
            return cached;
        }
        Attr attr =
                new Attr(Thunk.of(value instanceof String text ? NixString.of(text) : value), null);
        cache[slot] = attr;
        return attr;
    }

    /** The cache key of a cached attribute: its value, a string as its text. */
    private static Object key(Attr attr) {
        Object value = attr.value().force(null);
        return value instanceof NixString s ? s.text() : value;
    }

    private Object integer() throws IOException {
        if (parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return parser.getLongValue();
        }
        BigInteger big = parser.getBigIntegerValue();
        if (big.bitLength() <= 64 && big.signum() > 0) {
            return big.longValue();
        }
        return big.doubleValue();
    }
}
