package ru.gospages.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SPEC 10.5 against a running {@code serve}: warm checks of one workbook through {@code POST /api/v1/check}
 * one after another, then CLIENTS clients checking it in a loop for SECONDS seconds. Prints every warm
 * latency, then requests, errors, median and p95. JDK only (bench/serve.sh compiles it).
 *
 * Usage: ApiLoad URL TOKEN FILE [WARM=10] [CLIENTS=20] [SECONDS=60]
 */
public final class ApiLoad {

    public static void main(String[] args) throws Exception {
        String url = args[0] + "/api/v1/check";
        String token = args[1];
        Path file = Path.of(args[2]);
        int warm = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 60;
        byte[] body = multipart(file);
        HttpClient http = HttpClient.newHttpClient();
        List<Long> warmTimes = new ArrayList<>();
        for (int i = 0; i < warm; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(request(url, token, body), HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - t) / 1_000_000;
            warmTimes.add(ms);
            System.out.printf("warm %2d: %d ms, HTTP %d, %d bytes of JSON%n", i + 1, ms, response.statusCode(), response.body().length());
        }
        List<Long> warmSorted = new ArrayList<>(warmTimes.subList(Math.min(3, warm - 1), warm));
        Collections.sort(warmSorted);
        System.out.printf("warm median (after the first 3): %d ms%n", warmSorted.get(warmSorted.size() / 2));
        if (clients == 0) {
            return;
        }

        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                HttpClient own = HttpClient.newHttpClient();
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<String> response = own.send(request(url, token, body), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    times.add((System.nanoTime() - t) / 1_000_000);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("load: %d clients for %d s: %d requests, %d errors, median %d ms, p95 %d ms, max %d ms%n",
                clients, seconds, sorted.size(), errors.get(), sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), sorted.get(sorted.size() - 1));
    }

    private static HttpRequest request(String url, String token, byte[] body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=gpBench")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static byte[] multipart(Path file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--gpBench\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(Files.readAllBytes(file));
        out.write("\r\n--gpBench--\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
