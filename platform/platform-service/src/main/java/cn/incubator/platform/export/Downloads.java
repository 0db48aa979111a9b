package cn.incubator.platform.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * 文件下载: a file answered as an attachment (an .xlsx export, a PDF certificate). The OpenAPI document describes such
 * an answer as {@code type: string, format: binary} of its media type (see the operations that return one).
 */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private Downloads() {
    }

    /** The file as a 200 answer with its media type and a download name. */
    public static ResponseEntity<byte[]> of(String fileName, String mediaType, byte[] body) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .contentType(MediaType.parseMediaType(mediaType)).body(body);
    }

    /** {@code attachment; filename*=UTF-8''...} so Chinese file names survive every browser. */
    public static String attachment(String fileName) {
        return "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }
}
