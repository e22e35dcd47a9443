package org.egovhub.admin;

import jakarta.servlet.http.HttpServletResponse;
import org.egovhub.platform.BrokerUnavailableException;
import org.egovhub.platform.ConflictException;
import org.egovhub.platform.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The console pages' errors as the Chinese error page in the console's layout (the API's stay
 * problem details): an unknown queue or message 404, a change that does not fit 409, the broker
 * away 503, each with the reason.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, e.getMessage(), model, response);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, e.getMessage(), model, response);
    }

    @ExceptionHandler(BrokerUnavailableException.class)
    String brokerAway(BrokerUnavailableException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.SERVICE_UNAVAILABLE, "消息中间件不可用：" + e.getMessage(), model, response);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    String badRequest(IllegalArgumentException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage(), model, response);
    }

    private static String page(HttpStatus status, String reason, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("reason", reason);
        return "error";
    }
}
