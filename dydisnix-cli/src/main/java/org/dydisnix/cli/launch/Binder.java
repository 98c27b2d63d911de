package org.dydisnix.cli.launch;

import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Sets an option's value where its {@link OptionTable.Arg#binding()} says, converted as picocli
 * converts it; mixins that are not there yet are made as picocli makes them.
 */
final class Binder {

    /** A value the quick parser leaves to picocli: it cannot convert it, or cannot set it. */
    static final class Unconvertible extends Exception {
        Unconvertible(String message) {
            super(message, null, false, false);
        }
    }

    private final Object command;
    private final Object root;

    Binder(Object command, Object root) {
        this.command = command;
        this.root = root;
    }

    void set(OptionTable.Arg arg, List<String> values) throws Unconvertible {
        Object value;
        int colon = arg.type().indexOf(':');
        String kind = colon < 0 ? "" : arg.type().substring(0, colon);
        if (kind.equals("list") || kind.equals("pairs")) {
            List<Object> list = new ArrayList<>();
            for (String each : values) {
                list.add(convert(arg.type().substring(colon + 1), each));
            }
            value = list;
        } else {
            value = convert(arg.type(), values.get(0));
        }
        try {
            bind(arg.binding(), value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new Unconvertible(arg.binding() + ": " + e);
        }
    }

    /** Makes the mixin at this path of the command when it is not there yet. */
    void mixin(String path) throws Unconvertible {
        try {
            bind(path + ".", null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new Unconvertible(path + ": " + e);
        }
    }

    private void bind(String binding, Object value) throws ReflectiveOperationException {
        Object target = binding.startsWith("^") ? root : command;
        String[] path = (binding.startsWith("^") ? binding.substring(1) : binding).split("\\.", -1);
        for (int i = 0; i < path.length - 1; i++) {
            Field field = field(target.getClass(), path[i]);
            Object next = field.get(target);
            if (next == null) {
                Constructor<?> constructor = field.getType().getDeclaredConstructor();
                constructor.setAccessible(true);
                next = constructor.newInstance();
                field.set(target, next);
            }
            target = next;
        }
        String last = path[path.length - 1];
        if (last.isEmpty()) {
            return;
        }
        if (last.endsWith("()")) {
            method(target.getClass(), last.substring(0, last.length() - 2)).invoke(target, value);
        } else {
            field(target.getClass(), last).set(target, value);
        }
    }

    static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    field.setAccessible(true);
                    return field;
                }
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }

    private static Method method(Class<?> type, String name) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == 1) {
                    method.setAccessible(true);
                    return method;
                }
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name);
    }

    private static Object convert(String type, String value) throws Unconvertible {
        switch (type) {
            case "boolean", "negated":
                return Boolean.valueOf(value);
            case "java.lang.String":
                return value;
            case "java.nio.file.Path":
                try {
                    return Path.of(value);
                } catch (InvalidPathException e) {
                    throw new Unconvertible(value);
                }
            case "java.io.File":
                return new File(value);
            case "int", "java.lang.Integer":
                return Integer.valueOf(number(value));
            case "long", "java.lang.Long":
                return Long.valueOf(number(value));
            default:
                if (type.startsWith("enum:")) {
                    return constant(type.substring(5), value);
                }
                if (type.startsWith("converter:")) {
                    return converted(type.substring(10), value);
                }
                throw new Unconvertible(type);
        }
    }

    private static String number(String value) throws Unconvertible {
        boolean digits = !value.isEmpty() && value.length() <= 9;
        for (int i = 0; i < value.length() && digits; i++) {
            digits = Character.isDigit(value.charAt(i)) && value.charAt(i) < 128;
        }
        if (!digits || value.length() > 1 && value.charAt(0) == '0') {
            throw new Unconvertible(value);
        }
        return value;
    }

    /** The value as this converter class converts it. */
    private static Object converted(String converter, String value) throws Unconvertible {
        try {
            Constructor<?> constructor = Class.forName(converter).getDeclaredConstructor();
            constructor.setAccessible(true);
            return ((CommandLine.ITypeConverter<?>) constructor.newInstance()).convert(value);
        } catch (Exception e) {
            throw new Unconvertible(value);
        }
    }

    /** The one constant whose name or string form is the value, ignoring case. */
    private static Object constant(String type, String value) throws Unconvertible {
        Object found = null;
        try {
            for (Object constant : Class.forName(type).getEnumConstants()) {
                if (((Enum<?>) constant).name().equalsIgnoreCase(value)
                        || constant.toString().equalsIgnoreCase(value)) {
                    if (found != null) {
                        throw new Unconvertible(value);
                    }
                    found = constant;
                }
            }
        } catch (ClassNotFoundException e) {
            throw new Unconvertible(type);
        }
        if (found == null) {
            throw new Unconvertible(value);
        }
        return found;
    }
}
