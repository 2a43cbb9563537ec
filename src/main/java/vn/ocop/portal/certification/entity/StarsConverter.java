package vn.ocop.portal.certification.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class StarsConverter implements AttributeConverter<Stars, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Stars stars) {
        return stars == null ? null : stars.getValue();
    }

    @Override
    public Stars convertToEntityAttribute(Integer value) {
        return value == null ? null : Stars.of(value);
    }
}
