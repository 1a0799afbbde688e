// The dark pixels of a PNG as a bitmap (luminance under half), for comparing pictures.
import { createCanvas, loadImage } from '@napi-rs/canvas';

export async function darkPixels(png: Buffer): Promise<{ width: number; height: number; dark: Uint8Array }> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.fillStyle = 'white';
  context.fillRect(0, 0, image.width, image.height);
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  const dark = new Uint8Array(image.width * image.height);
  for (let i = 0; i < dark.length; i++) {
    dark[i] = (data[4 * i] ?? 0) + (data[4 * i + 1] ?? 0) + (data[4 * i + 2] ?? 0) < 384 ? 1 : 0;
  }
  return { width: image.width, height: image.height, dark };
}
