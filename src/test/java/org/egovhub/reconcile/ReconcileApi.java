package org.egovhub.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The reconciliation API as a whole-hub test calls it, logged in; every call must answer 200. */
record ReconcileApi(TestRestTemplate client, ObjectMapper json) {

    /** Uploads a ledger file for one side ({@code actual} or {@code online}) and answers the import's report. */
    JsonNode upload(String side, Path file) throws Exception {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new FileSystemResource(file));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return ok(client.postForEntity("/api/reconcile/imports?side=" + side, new HttpEntity<>(form, headers), String.class));
    }

    JsonNode post(String path) throws Exception {
        return ok(client.postForEntity(path, null, String.class));
    }

    JsonNode get(String path) throws Exception {
        return ok(client.getForEntity(path, String.class));
    }

    private JsonNode ok(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }
}
