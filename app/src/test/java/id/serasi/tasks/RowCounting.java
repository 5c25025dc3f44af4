package id.serasi.tasks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Wraps a data source and, while recording, notes every query's SQL and how many rows were read from it. */
final class RowCounting {

    record Query(String sql, int rows) {
    }

    private static final ThreadLocal<List<Query>> RECORDING = new ThreadLocal<>();

    private RowCounting() {
    }

    static List<Query> record(Runnable work) {
        List<Query> queries = new ArrayList<>();
        RECORDING.set(queries);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return queries;
    }

    static DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, result, args) ->
                result instanceof Connection c ? proxy(Connection.class, c, RowCounting::statements) : result);
    }

    private interface After {
        Object apply(java.lang.reflect.Method method, Object result, Object[] args) throws Exception;
    }

    private static Object statements(java.lang.reflect.Method method, Object result, Object[] args) {
        if (result instanceof java.sql.PreparedStatement statement && args != null && args.length > 0
                && args[0] instanceof String sql) {
            return proxy(java.sql.PreparedStatement.class, statement, (m, r, a) ->
                    r instanceof ResultSet rs && RECORDING.get() != null ? counted(rs, sql) : r);
        }
        return result;
    }

    private static ResultSet counted(ResultSet rs, String sql) {
        Query[] query = {new Query(sql, 0)};
        List<Query> queries = RECORDING.get();
        queries.add(query[0]);
        int index = queries.size() - 1;
        return proxy(ResultSet.class, rs, (m, r, a) -> {
            if (m.getName().equals("next") && Boolean.TRUE.equals(r)) {
                query[0] = new Query(sql, query[0].rows() + 1);
                queries.set(index, query[0]);
            }
            return r;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler handler = (p, method, args) -> {
            try {
                return after.apply(method, method.invoke(target, args), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        Class<?>[] interfaces = type == java.sql.PreparedStatement.class
                ? new Class<?>[] {java.sql.PreparedStatement.class, Statement.class} : new Class<?>[] {type};
        return (T) Proxy.newProxyInstance(RowCounting.class.getClassLoader(), interfaces, handler);
    }
}
