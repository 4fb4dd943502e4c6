package dev.omnibox.batch.job;

import java.io.Serializable;

/**
 * The item a continuous reader returns when a claim found nothing: the processor filters it out,
 * and the chunk ends, so an idle poll never keeps a transaction open for longer than one poll.
 */
enum IdleItem implements Serializable {
  INSTANCE
}
