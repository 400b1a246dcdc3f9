package ch.postdesk.digest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the overview and metrics records into the plain maps and lists that the templates read.
 * Instants and dates become text in the recipient's language and time zone, numbers stay numbers,
 * and null becomes an empty string, because a template treats a missing value as an error.
 */
public final class TemplateModels {

    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final ZoneId zone;

    public TemplateModels(String language, ZoneId zone) {
        Locale locale = Locale.forLanguageTag(language);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.zone = zone;
    }

    /** Converts {@code value}: records to maps of their components, collections to lists, maps value by value. */
    public Object convert(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Instant instant) {
            return dateTime.format(instant.atZone(zone));
        }
        if (value instanceof LocalDate localDate) {
            return date.format(localDate);
        }
        if (value instanceof Double number) {
            return Math.round(number * 10) / 10.0;
        }
        if (value instanceof Record record) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                map.put(component.getName(), convert(read(component, record)));
            }
            return map;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> converted = new LinkedHashMap<>();
            map.forEach((key, item) -> converted.put(String.valueOf(key), convert(item)));
            return converted;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> converted = new ArrayList<>();
            collection.forEach(item -> converted.add(convert(item)));
            return converted;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> convertRecord(Record record) {
        return (Map<String, Object>) convert(record);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of "
                    + record.getClass().getSimpleName(), e);
        }
    }
}
