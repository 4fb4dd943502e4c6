/**
 * Service provider interfaces: what a storage, a broker adapter or a metrics backend implements so
 * that the pipeline can drive it.
 *
 * <p>Stable SPI since 0.1. Every method states its contract: what it must do, what it throws and
 * what it does not guarantee. Storage methods raise the {@link dev.omnibox.spi.StorageException}
 * subclasses, with the driver's exception as the cause.
 */
package dev.omnibox.spi;
