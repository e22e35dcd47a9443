package org.egovhub.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.jms.JMSException;
import org.egovhub.platform.BrokerUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Issue 10: a broker that cannot be asked answers 503 with Retry-After and the reason; pages keep Spring's handling. */
class ApiErrorsTest {

    @RestController
    static class Broken {
        @GetMapping("/api/broken")
        String broken() {
            throw new BrokerUnavailableException("Cannot list the broker's queues", new JMSException("Connection refused"));
        }
    }

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Broken()).setControllerAdvice(new ApiErrors()).build();

    @Test
    void shouldAnswer503WithRetryAfterWhenTheBrokerIsUnavailable() throws Exception {
        mvc.perform(get("/api/broken"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The message broker is unavailable: Cannot list the broker's queues: Connection refused"));
    }

    @Test
    void shouldAnswerAProblemForAnUnknownApiMethodButLeaveThePagesToTheErrorPage() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/broken"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Method 'DELETE' is not supported."));
        mvc.perform(get("/admin/nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(""));
    }
}
