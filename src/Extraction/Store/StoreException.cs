namespace Extraction.Store;

/// <summary>A store that cannot be opened or used, with a Chinese message naming the store, the cause and what to do.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
