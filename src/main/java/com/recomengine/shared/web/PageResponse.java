package com.recomengine.shared.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The list shape of the API: {@code {"data": [...], "page": {...}}}. */
public record PageResponse<T>(List<T> data, PageMeta page) {

    public record PageMeta(int number, int size, long totalElements, int totalPages) {}

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(
                page.getContent().stream().map(mapper).toList(),
                new PageMeta(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages()));
    }

    public static <T> PageResponse<T> ofAll(List<T> items) {
        return new PageResponse<>(items, new PageMeta(0, items.size(), items.size(), items.isEmpty() ? 0 : 1));
    }
}
