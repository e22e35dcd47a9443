package org.egovhub.extranet.channel;

/** A bad channels file; the message names the file, the channel entry and the field. */
public class ChannelsFileException extends IllegalStateException {

    public ChannelsFileException(String message) {
        super(message);
    }
}
