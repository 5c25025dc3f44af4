package id.serasi.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a text limit: the columns ({@code table.column}) whose length it is, less room the code adds to the text
 * (a label before a reason kept in a note). ColumnLengthsTest holds each limit to its columns after Flyway.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface LengthOf {

    String[] value();

    /** Characters the code writes into the same column beside the text. */
    int less() default 0;
}
