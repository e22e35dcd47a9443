package org.egovhub.extranet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.egovhub.platform.checks.CitizenIds;
import org.egovhub.testing.FixtureServer;
import org.egovhub.testing.FixtureServer.Reply;
import org.egovhub.testing.HubTestInitializer;
import org.egovhub.testing.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Shared set-up of the extranet hub tests: one HTTP target server for all of them (so they share one
 * hub), scripted by markers in the records: {@code SCRIPT-400} is refused, {@code SCRIPT-500x2}
 * fails twice with 500, {@code SCRIPT-TIMEOUT} times out once; anything else is taken with 200.
 */
abstract class ExtranetHubIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final FixtureServer TARGETS = FixtureServer.start();
    static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    /** Idempotency keys a SCRIPT-400 record is accepted for after all (the sender fixed its side). */
    static final java.util.Set<String> RELEASED = ConcurrentHashMap.newKeySet();
    /** While set, the target of channel t-outage answers 503 to everything. */
    static final java.util.concurrent.atomic.AtomicBoolean OUTAGE = new java.util.concurrent.atomic.AtomicBoolean();
    /** Every call of the t-outage target: the record's key and whether it was answered 503. */
    static final java.util.List<OutageCall> OUTAGE_CALLS = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    /** The t-licence channel's exchange table, there before any of these classes starts the hub. */
    static final java.sql.Connection EXCHANGE = org.egovhub.testing.ExchangeDatabase.open();

    static {
        for (String path : new String[] {"/legacy/person", "/extranet/person", "/legacy/licence", "/legacy/penalty"}) {
            TARGETS.respond(path, ExtranetHubIT::script);
        }
        TARGETS.respond("/outage/person", request -> {
            boolean down = OUTAGE.get();
            OUTAGE_CALLS.add(new OutageCall(request.header("Idempotency-Key"), down));
            return Reply.status(down ? 503 : 200);
        });
    }

    record OutageCall(String key, boolean refused) {
    }

    @DynamicPropertySource
    static void targets(DynamicPropertyRegistry registry) {
        registry.add("extranet.test.http", TARGETS::baseUrl);
    }

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TestClock clock;

    /**
     * Waits until the assertion holds, moving the clock a minute on before each look: a target that
     * failed is kept shut by the outage breaker until its wait (measured on the clock) has passed,
     * and each minute lets exactly one probe through.
     */
    void awaitAdvancing(org.awaitility.core.ThrowingRunnable assertion) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            clock.advance(Duration.ofMinutes(1));
            assertion.run();
        });
    }

    static Reply script(FixtureServer.Request request) {
        String body = new String(request.body(), StandardCharsets.UTF_8);
        int attempt = ATTEMPTS.computeIfAbsent(request.path() + "|" + request.header("Idempotency-Key"),
                k -> new AtomicInteger()).incrementAndGet();
        if (body.contains("SCRIPT-400") && !RELEASED.contains(request.header("Idempotency-Key"))) {
            return Reply.status(400);
        }
        if (body.contains("SCRIPT-500x2") && attempt <= 2) {
            return Reply.status(500);
        }
        if (body.contains("SCRIPT-TIMEOUT") && attempt == 1) {
            return Reply.status(200).delayed(Duration.ofMillis(2500));
        }
        return Reply.status(200);
    }

    /** A valid person record with a fresh citizen ID, so every test has its own stable ids. */
    static ObjectNode person(String office) {
        String first17 = String.format("430406199%d%02d15%03d", SEQUENCE.get() % 10, 1 + SEQUENCE.get() % 12,
                SEQUENCE.incrementAndGet() % 1000);
        ObjectNode node = JSON.createObjectNode();
        node.put("姓名", "测试人").put("公民身份号码", first17 + CitizenIds.checkCharacter(first17)).put("业务类型", "结婚登记")
                .put("办理日期", "2026-11-0" + (1 + SEQUENCE.get() % 9)).put("办理机构", office).put("联系电话", "13812345678");
        return node;
    }

    static ObjectNode sample(String name) {
        try (InputStream in = ExtranetHubIT.class.getResourceAsStream("/extranet/" + name + ".json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stable id as the Idempotency-Key header carries it. */
    static String encoded(String key) {
        return java.net.URLEncoder.encode(key, StandardCharsets.UTF_8);
    }

    ResponseEntity<JsonNode> post(String user, String password, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> postAsAdmin(String path, Object body) {
        return post("admin", HubTestInitializer.ADMIN_PASSWORD, path, body);
    }

    ResponseEntity<JsonNode> getAsAdmin(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("admin", HubTestInitializer.ADMIN_PASSWORD);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }
}
