package org.healthedu.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link UiLocale} as its tag ('zh_CN', 'en'), the form the database check constraint knows. */
@Converter(autoApply = true)
public class UiLocaleConverter implements AttributeConverter<UiLocale, String> {

    @Override
    public String convertToDatabaseColumn(UiLocale locale) {
        return locale == null ? null : locale.tag();
    }

    @Override
    public UiLocale convertToEntityAttribute(String tag) {
        return tag == null ? null : UiLocale.fromTag(tag);
    }
}
