package org.egovhub.platform.privacy;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** Logback converter ({@code %maskedEx}) that masks ID and phone numbers in logged stack traces. */
public class MaskingThrowableConverter extends ExtendedThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return Masking.mask(super.throwableProxyToString(proxy));
    }
}
