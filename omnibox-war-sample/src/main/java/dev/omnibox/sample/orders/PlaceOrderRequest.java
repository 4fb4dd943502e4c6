package dev.omnibox.sample.orders;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/orders}.
 *
 * @param customer the customer's e-mail address
 * @param item the article, at most 255 characters
 * @param quantity 1 to 1000 pieces
 * @param totalCents the total in the currency's minor unit; 0 places a free order, which billing
 *     skips
 * @param currency a three-letter ISO 4217 code in capitals, such as {@code EUR}
 */
public record PlaceOrderRequest(
    @NotBlank @Email @Size(max = 255) String customer,
    @NotBlank @Size(max = 255) String item,
    @NotNull @Min(1) @Max(1000) Integer quantity,
    @NotNull @PositiveOrZero Long totalCents,
    @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be three capital letters, such as EUR")
        String currency) {}
