package io.archivo.testsupport;

import static io.archivo.testsupport.Api.admin;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Building ZIP uploads and waiting for the import jobs they start. */
public final class Zips {

    private Zips() {
    }

    public static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** Polls an import job (its Location) until it ends; fails after 30 s. */
    public static JsonPath awaitJob(String location) throws InterruptedException {
        String path = location.substring(location.indexOf("/api/"));
        for (int i = 0; i < 300; i++) {
            JsonPath job = admin().get(path).then().statusCode(200).extract().jsonPath();
            if (List.of("done", "failed", "interrupted").contains(job.getString("state"))) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import did not finish in 30 s");
    }

    /** Polls an import job at {@code path} with {@code as} (any service, any caller) until it ends; fails after {@code seconds}. */
    public static JsonPath awaitJob(java.util.function.Supplier<RequestSpecification> as, String path, int seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            JsonPath job = as.get().get(path).then().statusCode(200).extract().jsonPath();
            if (List.of("done", "failed", "interrupted").contains(job.getString("state"))) {
                return job;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("import did not finish in " + seconds + " s");
    }
}
