using System.Collections.Concurrent;
using System.Text.Json;
using GeoGraph.Graph;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace GeoGraph.Api.Answers;

/// <summary>
/// Read answers as the JSON bytes sent, kept until the store's next write when every write passes through this process
/// (<see cref="ILocalGraphStore"/>); with Neo4j, which other processes write to, every answer is read afresh.
/// </summary>
public sealed class AnswerCache(IGraphStore store, IOptions<JsonOptions> json)
{
    public const int MaxAnswers = 20_000;

    private readonly ConcurrentDictionary<string, (long Version, byte[] Json)> _answers = new(StringComparer.Ordinal);
    private long _clearedAt = -1;

    /// <summary>The answer's JSON, or null when there is none (an unknown id).</summary>
    public async Task<byte[]?> GetOrAddAsync<T>(string key, Func<Task<T?>> read) where T : class
    {
        if (store is not ILocalGraphStore local) return await ReadAsync(read);
        var version = local.Version;
        if (_answers.TryGetValue(key, out var kept) && kept.Version == version) return kept.Json;
        var answer = await ReadAsync(read);
        if (answer is null || local.Version != version) return answer;
        if (Interlocked.Exchange(ref _clearedAt, version) != version) _answers.Clear();
        if (_answers.Count < MaxAnswers) _answers[key] = (version, answer);
        return answer;
    }

    /// <summary>The JSON of an answer there always is (a list, counts).</summary>
    public async Task<byte[]> GetAsync<T>(string key, Func<Task<T>> read) where T : class =>
        (await GetOrAddAsync<T>(key, async () => await read()))!;

    private async Task<byte[]?> ReadAsync<T>(Func<Task<T?>> read) where T : class =>
        await read() is { } value ? JsonSerializer.SerializeToUtf8Bytes(value, json.Value.SerializerOptions) : null;
}
