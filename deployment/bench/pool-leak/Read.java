package repro;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** One read through the pool per request, closed at once: nothing else of the product. */
@WebServlet("/read")
public class Read extends HttpServlet {
    @Resource(lookup = "jdbc/repro")
    DataSource ds;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement("SELECT 1"); ResultSet r = s.executeQuery()) {
            r.next();
            resp.getWriter().write("ok " + r.getInt(1));
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
