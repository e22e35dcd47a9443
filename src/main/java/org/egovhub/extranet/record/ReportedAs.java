package org.egovhub.extranet.record;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The record field a cross-field check reports its violation on, as people know it (the Chinese field name). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface ReportedAs {

    String value();
}
