package be.buurtwijzer.plugin.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

/** Generic types for {@link OperationSpec#output()}, which a class literal cannot say (a list of views). */
public final class Types {

    private Types() {
    }

    public static Type listOf(Class<?> element) {
        return parameterized(List.class, element);
    }

    public static Type mapOf(Class<?> key, Class<?> value) {
        return parameterized(Map.class, key, value);
    }

    private static Type parameterized(Class<?> raw, Type... arguments) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return arguments.clone();
            }

            @Override
            public Type getRawType() {
                return raw;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }

            @Override
            public String getTypeName() {
                return raw.getName() + "<" + java.util.Arrays.stream(arguments).map(Type::getTypeName)
                        .collect(java.util.stream.Collectors.joining(", ")) + ">";
            }
        };
    }
}
