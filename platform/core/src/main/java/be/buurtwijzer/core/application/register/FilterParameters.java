package be.buurtwijzer.core.application.register;

import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.ParameterExpression;
import java.util.Map;
import java.util.TreeMap;

/**
 * The filter values of one list request, bound as query parameters instead of written into the
 * query. Two requests that filter on the same fields then have the same {@link #shape()} and can
 * share one query whose SQL was prepared once, whatever values they filter on.
 */
final class FilterParameters {

    private final CriteriaBuilder cb;
    private final Map<String, Object> values = new TreeMap<>();

    FilterParameters(CriteriaBuilder cb) {
        this.cb = cb;
    }

    /** A parameter for this filter, remembered with the value to bind. */
    <T> ParameterExpression<T> bind(String name, Class<T> type, T value) {
        values.put(name, value);
        return cb.parameter(type, name);
    }

    /** The names of the filters in use, in a stable order: which query this request needs. */
    String shape() {
        return String.join(",", values.keySet());
    }

    void applyTo(Query query) {
        values.forEach(query::setParameter);
    }
}
