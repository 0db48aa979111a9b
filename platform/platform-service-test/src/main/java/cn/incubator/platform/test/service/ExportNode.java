package cn.incubator.platform.test.service;

import cn.incubator.platform.federation.NodeFederation;
import cn.incubator.platform.jurisdiction.Jurisdiction;
import cn.incubator.platform.paging.Page;
import cn.incubator.platform.rollup.NodeEndpoint;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A street node (节点) standing in for a service's federated reads, on loopback: it answers {@code GET}s of one path
 * with a JSON body, only when asked as the caller ({@value #TOKEN}) for its own records ({@code Incubator-Federation:
 * local}), and records what it was asked. {@link #pages} answers a paged list of rows, as an export's federation asks
 * it; {@link #answering} any body, as a statistic's. With {@link #federation} a service's controller can be built for
 * this node alone, {@link #dead} gives a node that never answers, and {@link #sheet} reads an export's workbook.
 */
public final class ExportNode implements AutoCloseable {

    /** The caller's {@code Authorization} header the node accepts. */
    public static final String TOKEN = "Bearer county-token";

    private final HttpServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();

    private ExportNode(String path, JsonMapper json, Function<Map<String, List<String>>, Object> body)
            throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(path, exchange -> {
            asked.add(exchange.getRequestURI().toString());
            boolean asCaller = TOKEN.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                    && NodeFederation.LOCAL.equals(exchange.getRequestHeaders().getFirst(NodeFederation.HEADER))
                    && exchange.getRequestURI().getPath().equals(path);
            byte[] bytes = asCaller ? json.writeValueAsBytes(body.apply(UriComponentsBuilder
                    .fromUri(exchange.getRequestURI()).build().getQueryParams())) : new byte[0];
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(asCaller ? 200 : 401, asCaller ? bytes.length : -1);
            if (asCaller) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
    }

    /** A node whose list at {@code path} holds {@code rows}, in the list's order, answered page by page. */
    public static ExportNode pages(String path, JsonMapper json, List<?> rows) throws IOException {
        return new ExportNode(path, json, query -> {
            int page = Integer.parseInt(query.get("page").get(0));
            int size = Integer.parseInt(query.get("size").get(0));
            return new Page<>(rows.subList(Math.min(rows.size(), page * size), Math.min(rows.size(),
                    (page + 1) * size)), page, size, rows.size(), false);
        });
    }

    /** A node answering {@code path} with {@code body} whatever the query. */
    public static ExportNode answering(String path, JsonMapper json, Object body) throws IOException {
        return new ExportNode(path, json, query -> body);
    }

    /** This node's HTTP base URL. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The URIs (path and query) asked of this node. */
    public List<String> asked() {
        return asked;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** The base URL of a node that is down: a loopback port nobody listens on. */
    public static String dead() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A federation that knows one active node, {@code name} serving {@code place} at {@code base}, running
     * {@code service} only; each node asked within ten seconds (a stand-in answers slowly at first on a loaded machine;
     * a dead one is refused at once).
     */
    public static NodeFederation federation(String service, String name, Jurisdiction place, String base,
            JdbcClient jdbc, JsonMapper json) {
        return new NodeFederation(asked -> asked.equals(service) ? List.of(new NodeEndpoint(name, place, base))
                : List.of(), NodeFederation.client(RestClient.builder(), Duration.ofSeconds(10)), jdbc, json,
                Duration.ofSeconds(10));
    }

    /** The rows below the header of the workbook's sheet, every cell as a reader sees it. */
    public static List<List<String>> sheet(byte[] xlsx, int index) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(index);
            DataFormatter text = new DataFormatter();
            int width = sheet.getRow(0).getLastCellNum();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(row == null || row.getCell(c) == null ? "" : text.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the workbook's sheets, in order. */
    public static List<String> sheetNames(byte[] xlsx) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
